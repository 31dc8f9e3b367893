package fi.luukku.core.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "fi.luukku.core", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedCoreArchitectureTest {
    @ArchTest
    static final ArchRule domainIsPure = LuukkuArchitectureRules.DOMAIN_IS_PURE;

    @ArchTest
    static final ArchRule coreHasNoJavaFx = LuukkuArchitectureRules.CORE_HAS_NO_JAVAFX;

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = LuukkuArchitectureRules.FEATURES_ARE_FREE_OF_CYCLES;
}
