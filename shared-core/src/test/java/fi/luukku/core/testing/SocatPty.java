package fi.luukku.core.testing;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A pseudo-terminal pair made by socat, like a null-modem cable: the driver under test opens {@link #devicePort()}
 * through jssc as if it were the device's port, and the test plays the device on {@link #otherPort()} (or writes
 * to it with {@link #send}).
 */
public final class SocatPty implements AutoCloseable {
    private final Process socat;
    private final Path driverSide;
    private final Path deviceSide;
    private OutputStream device;

    private SocatPty(Process socat, Path driverSide, Path deviceSide) {
        this.socat = socat;
        this.driverSide = driverSide;
        this.deviceSide = deviceSide;
    }

    /** Whether socat is installed (tests assume it, and are skipped without it). */
    public static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    public static SocatPty open(Path dir) throws IOException {
        return open(dir, "ttyDriver", "ttyBox");
    }

    /** A pair whose ends are the links {@code dir/driverName} and {@code dir/deviceName}. */
    public static SocatPty open(Path dir, String driverName, String deviceName) throws IOException {
        Path a = dir.resolve(driverName);
        Path b = dir.resolve(deviceName);
        Path log = dir.resolve("socat-" + driverName + ".log");
        Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            Awaitility.await("socat's pty pair")
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> !p.isAlive() || (Files.exists(a) && Files.exists(b)));
        } catch (ConditionTimeoutException e) {
            // reported below
        }
        if (!p.isAlive() || !(Files.exists(a) && Files.exists(b))) {
            p.destroyForcibly();
            throw new IOException("socat did not create the pty pair: " + Files.readString(log));
        }
        return new SocatPty(p, a, b);
    }

    /** The port name the driver under test opens. */
    public String devicePort() {
        return driverSide.toString();
    }

    /** The other end, where the test plays the device. */
    public String otherPort() {
        return deviceSide.toString();
    }

    /** Writes bytes as the device would send them. */
    public void send(int... bytes) throws IOException {
        if (device == null) {
            device = new FileOutputStream(deviceSide.toFile());
        }
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        device.write(data);
        device.flush();
    }

    @Override
    public void close() throws IOException {
        if (device != null) {
            device.close();
        }
        socat.destroy();
        try {
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socat.destroyForcibly();
        }
    }
}
