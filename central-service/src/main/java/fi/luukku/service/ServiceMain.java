package fi.luukku.service;

/** Entry point of the central service. */
public final class ServiceMain {
    private ServiceMain() {}

    public static void main(String[] args) {
        throw new UnsupportedOperationException("central service not built yet");
    }
}
