package fi.luukku.service;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.luukku.core.arch.LuukkuArchitectureRules;

@AnalyzeClasses(packages = "fi.luukku.service", importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceArchitectureTest {
    @ArchTest
    static final ArchRule serviceHasNoJavaFx = LuukkuArchitectureRules.SERVICE_HAS_NO_JAVAFX;

    @ArchTest
    static final ArchRule layers = LuukkuArchitectureRules.SERVICE_LAYERS;

    @ArchTest
    static final ArchRule onlyWebKnowsHttp = LuukkuArchitectureRules.ONLY_SERVICE_WEB_KNOWS_HTTP;

    @ArchTest
    static final ArchRule requestShapesStayAtTheEdge = LuukkuArchitectureRules.REQUEST_SHAPES_STAY_AT_THE_EDGE;

    @ArchTest
    static final ArchRule requestShapesNeedNoState = LuukkuArchitectureRules.REQUEST_SHAPES_NEED_NO_STATE;

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = LuukkuArchitectureRules.FEATURES_ARE_FREE_OF_CYCLES;
}
