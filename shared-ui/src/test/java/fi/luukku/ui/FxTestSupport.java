package fi.luukku.ui;

/** Marker for the shared-ui test-jar; headless TestFX settings come from the parent pom. */
public final class FxTestSupport {
    private FxTestSupport() {}
}
