package fi.luukku.core.device.buttons;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair made by socat: the driver opens {@link #devicePort()} through jssc as if it were the
 * button box's port, and the test plays the box by writing to the other end. Public so other modules' pty
 * tests can use it through the shared-core test-jar.
 */
public final class SocatPty implements AutoCloseable {
    private final Process socat;
    private final Path driverSide;
    private final Path boxSide;
    private OutputStream box;

    private SocatPty(Process socat, Path driverSide, Path boxSide) {
        this.socat = socat;
        this.driverSide = driverSide;
        this.boxSide = boxSide;
    }

    public static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    public static SocatPty open(Path dir) throws IOException, InterruptedException {
        Path a = dir.resolve("ttyDriver");
        Path b = dir.resolve("ttyBox");
        Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException(
                        "socat did not create the pty pair: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(20);
        }
        return new SocatPty(p, a, b);
    }

    /** The port name the driver under test opens. */
    public String devicePort() {
        return driverSide.toString();
    }

    /** Writes bytes as the device would send them. */
    public void send(int... bytes) throws IOException {
        if (box == null) {
            box = new FileOutputStream(boxSide.toFile());
        }
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        box.write(data);
        box.flush();
    }

    @Override
    public void close() throws IOException {
        if (box != null) {
            box.close();
        }
        socat.destroy();
        try {
            socat.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socat.destroyForcibly();
    }
}
