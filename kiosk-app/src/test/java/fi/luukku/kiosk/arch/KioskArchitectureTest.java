package fi.luukku.kiosk.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.luukku.core.arch.LuukkuArchitectureRules;

/** The kiosk app keeps to the suite's dependency rules. */
@AnalyzeClasses(packages = "fi.luukku", importOptions = ImportOption.DoNotIncludeTests.class)
class KioskArchitectureTest {

    @ArchTest
    static final ArchRule noOtherApps = LuukkuArchitectureRules.APPS_ARE_INDEPENDENT_KIOSK;

    @ArchTest
    static final ArchRule viewModelsTouchNoNodes = LuukkuArchitectureRules.VIEW_MODELS_TOUCH_NO_NODES;

    @ArchTest
    static final ArchRule coreHasNoJavaFx = LuukkuArchitectureRules.CORE_HAS_NO_JAVAFX;

    @ArchTest
    static final ArchRule domainIsPure = LuukkuArchitectureRules.DOMAIN_IS_PURE;
}
