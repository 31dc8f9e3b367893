package fi.luukku.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyedSerialExecutorTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final KeyedSerialExecutor executor = new KeyedSerialExecutor(pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void twentySavesInARowLeaveTheNewestOnDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("draft.json");
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String text = "save " + i;
            saves.add(executor.submit("ticket-1", () -> {
                // a slow disk: the earlier the save, the longer it may take, which is what reorders a plain pool
                Path tmp = Files.createTempFile(dir, "draft", ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Thread.sleep(ThreadLocalRandom.current().nextInt(5));
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return null;
            }));
        }
        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(Files.readString(file)).isEqualTo("save 20");
        // the key is let go just after the last save's future completes
        org.awaitility.Awaitility.await("key released")
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> executor.busyKeys() == 0);
    }

    @Test
    void tasksOfOneKeyRunInTheOrderTheyCameAndNeverTogether() throws Exception {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        int[] running = {0};
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            all.add(executor.submit("k", () -> {
                synchronized (running) {
                    running[0]++;
                    assertThat(running[0]).isEqualTo(1);
                }
                seen.add(n);
                synchronized (running) {
                    running[0]--;
                }
                return n;
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i);
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void differentKeysDoNotWaitForEachOther() throws Exception {
        CountDownLatch bRan = new CountDownLatch(1);
        CompletableFuture<Boolean> a = executor.submit("a", () -> bRan.await(10, TimeUnit.SECONDS));
        executor.submit("b", () -> {
                    bRan.countDown();
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
        assertThat(a.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesAfterIt() throws Exception {
        CompletableFuture<Object> bad = executor.submit("k", () -> {
            throw new IllegalStateException("disk full");
        });
        CompletableFuture<String> good = executor.submit("k", () -> "written");
        assertThat(good.get(10, TimeUnit.SECONDS)).isEqualTo("written");
        assertThat(bad).isCompletedExceptionally();
    }

    @Test
    void runsInlineOnACurrentThreadExecutor() {
        KeyedSerialExecutor inline = new KeyedSerialExecutor(Runnable::run);
        List<String> order = new ArrayList<>();
        inline.execute("k", () -> {
            order.add("first");
            inline.execute("k", () -> order.add("third"));
            order.add("second");
        });
        assertThat(order).containsExactly("first", "second", "third");
    }
}
