package fi.luukku.display;

/** Entry point of the display app (a plain class, so JavaFX starts from the classpath). */
public final class DisplayMain {
    private DisplayMain() {}

    public static void main(String[] args) {
        throw new UnsupportedOperationException("display app not built yet");
    }
}
