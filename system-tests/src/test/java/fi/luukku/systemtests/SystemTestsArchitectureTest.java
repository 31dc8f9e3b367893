package fi.luukku.systemtests;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The benchmarks' packages (service, display) depend on each other one way only; no exceptions are listed. */
@AnalyzeClasses(packages = "fi.luukku.systemtests", importOptions = ImportOption.DoNotIncludeTests.class)
class SystemTestsArchitectureTest {
    @ArchTest
    static final ArchRule benchmarksAreFreeOfCycles = SlicesRuleDefinition.slices()
            .matching("fi.luukku.systemtests.bench.(*)..")
            .should()
            .beFreeOfCycles();
}
