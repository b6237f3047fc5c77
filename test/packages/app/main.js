// Each widget from its own package, as a parent-portal vendor's bundler meets it.
import '@sammen/reflection-cards/define';
import '@sammen/perspective-triangle/define';
import '@sammen/change-model/define';
import '@sammen/relation-map/define';
