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
}
