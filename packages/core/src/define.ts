// Registers @sammen/core's shared UI parts (the only side effect of this package).
export {};
