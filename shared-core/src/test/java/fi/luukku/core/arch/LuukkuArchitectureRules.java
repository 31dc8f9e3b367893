package fi.luukku.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of CONVENTIONS.md, shared by every module's architecture test: domain code stays free
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
}
