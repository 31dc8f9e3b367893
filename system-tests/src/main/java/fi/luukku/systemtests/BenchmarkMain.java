package fi.luukku.systemtests;

/** Benchmarks of the whole suite. */
public final class BenchmarkMain {
    private BenchmarkMain() {}

    public static void main(String[] args) {
        throw new UnsupportedOperationException("benchmarks not built yet");
    }
}
