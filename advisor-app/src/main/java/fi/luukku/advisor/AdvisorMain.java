package fi.luukku.advisor;

/** Entry point of the advisor app (a plain class, so JavaFX starts from the classpath). */
public final class AdvisorMain {
    private AdvisorMain() {}

    public static void main(String[] args) {
        throw new UnsupportedOperationException("advisor app not built yet");
    }
}
