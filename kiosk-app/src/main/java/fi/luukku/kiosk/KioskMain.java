package fi.luukku.kiosk;

/** Entry point of the kiosk app (a plain class, so JavaFX starts from the classpath). */
public final class KioskMain {
    private KioskMain() {}

    public static void main(String[] args) {
        throw new UnsupportedOperationException("kiosk app not built yet");
    }
}
