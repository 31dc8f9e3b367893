package fi.luukku.ui;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.luukku.core.arch.LuukkuArchitectureRules;

@AnalyzeClasses(packages = "fi.luukku", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedUiArchitectureTest {
    @ArchTest
    static final ArchRule coreHasNoJavaFx = LuukkuArchitectureRules.CORE_HAS_NO_JAVAFX;

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = LuukkuArchitectureRules.FEATURES_ARE_FREE_OF_CYCLES;
}
