// Registers every finished widget and shared UI part. A web editor's one script tag always
// defines every widget that has landed (conventions: "a widget is part of the all-in-one bundle
// from the day it lands").
import '@sammen/core/define';
import '@sammen/reflection-cards/define';
import '@sammen/perspective-triangle/define';
import '@sammen/change-model/define';
import '@sammen/relation-map/define';
