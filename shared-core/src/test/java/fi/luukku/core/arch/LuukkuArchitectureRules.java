package fi.luukku.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of docs/ARCHITECTURE.md, shared by every module's architecture test: domain code stays free
 * of UI, HTTP and SQL; apps never use one another; the service never touches JavaFX.
 */
public final class LuukkuArchitectureRules {
    private LuukkuArchitectureRules() {}

    public static final ArchRule DOMAIN_IS_PURE = noClasses()
            .that()
            .resideInAnyPackage("fi.luukku.core.domain..", "fi.luukku.core.i18n..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "okhttp3..", "java.sql..", "io.javalin..", "jssc..")
            .because("domain rules must be testable without UI, network or database");

    public static final ArchRule CORE_HAS_NO_JAVAFX = noClasses()
            .that()
            .resideInAPackage("fi.luukku.core..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("shared-core is used by the service, which has no JavaFX; UI lives in shared-ui");

    public static final ArchRule SERVICE_HAS_NO_JAVAFX = noClasses()
            .that()
            .resideInAPackage("fi.luukku.service..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "fi.luukku.ui..")
            .because("the central service runs headless on a server");

    public static final ArchRule APPS_ARE_INDEPENDENT_KIOSK = noClasses()
            .that()
            .resideInAPackage("fi.luukku.kiosk..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("fi.luukku.advisor..", "fi.luukku.display..", "fi.luukku.service..")
            .because("apps talk to the service over HTTP only and never depend on each other");

    public static final ArchRule APPS_ARE_INDEPENDENT_ADVISOR = noClasses()
            .that()
            .resideInAPackage("fi.luukku.advisor..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("fi.luukku.kiosk..", "fi.luukku.display..", "fi.luukku.service..")
            .because("apps talk to the service over HTTP only and never depend on each other");

    public static final ArchRule APPS_ARE_INDEPENDENT_DISPLAY = noClasses()
            .that()
            .resideInAPackage("fi.luukku.display..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("fi.luukku.kiosk..", "fi.luukku.advisor..", "fi.luukku.service..")
            .because("apps talk to the service over HTTP only and never depend on each other");

    /** View models are tested without a stage: they may use JavaFX properties but never scene-graph nodes. */
    public static final ArchRule VIEW_MODELS_TOUCH_NO_NODES = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view model exposes properties and commands and is tested without a window");

    /**
     * No cycles between the feature packages of a module ({@code fi.luukku.<module>.<feature>..}). Classes right in
     * a module's root package (its composition root and entry points) belong to no slice, so they may wire every
     * feature. Every module's architecture test applies this rule as it is, with no exceptions.
     */
    public static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("fi.luukku.(*).(*)..")
            .namingSlices("$1.$2")
            .should()
            .beFreeOfCycles()
            .because("package by feature only works when features do not depend on each other in a circle");

    /**
     * The central service's layers: the HTTP edge ({@code web}) over the application (every feature package)
     * over persistence ({@code db}). The composition root (the root package) is in no layer.
     */
    public static final ArchRule SERVICE_LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Web")
            .definedBy("fi.luukku.service.web..")
            .layer("Application")
            .definedBy(JavaClass.Predicates.resideInAPackage("fi.luukku.service.*..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                            "fi.luukku.service.web..", "fi.luukku.service.db.."))))
            .layer("Persistence")
            .definedBy("fi.luukku.service.db..")
            .whereLayer("Web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Application")
            .mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Persistence")
            .mayOnlyBeAccessedByLayers("Application")
            .because("HTTP stays at the edge and SQL below the application, so each can change alone");

    /** Only the service's web package knows HTTP: features throw neutral exceptions, never problem answers. */
    /** Request-shape rules are the edge's: application code neither calls them nor re-implements them there. */
    public static final ArchRule REQUEST_SHAPES_STAY_AT_THE_EDGE = noClasses()
            .that()
            .resideInAPackage("fi.luukku.service..")
            .and()
            .resideOutsideOfPackage("fi.luukku.service.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("fi.luukku.service.web.shape..")
            .because("the shape of a request is checked once, at the edge, before any service code runs (ADR 0027)");

    /** A shape rule needs no state: it reads the request and nothing else (no catalogue, no database). */
    public static final ArchRule REQUEST_SHAPES_NEED_NO_STATE = classes()
            .that()
            .resideInAPackage("fi.luukku.service.web.shape..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "fi.luukku.service.web.shape..",
                    "fi.luukku.service.error..",
                    "fi.luukku.core..",
                    "java..",
                    "com.fasterxml.jackson..")
            .because("a rule that needs state (a queue exists, a status allows it) belongs to the application");

    public static final ArchRule ONLY_SERVICE_WEB_KNOWS_HTTP = noClasses()
            .that()
            .resideInAPackage("fi.luukku.service.*..")
            .and()
            .resideOutsideOfPackage("fi.luukku.service.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "fi.luukku.service.web..")
            .because("application code raises fi.luukku.service.error exceptions; only the edge maps them to HTTP");
}
