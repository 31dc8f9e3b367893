package fi.luukku.service.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import fi.luukku.service.LuukkuServer;
import fi.luukku.service.support.Api;
import fi.luukku.service.testing.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two advisors pressing Call next at the same instant never get the same customer. */
class CallNextConcurrencyTest {
    @Test
    void fiftyParallelClientsOnTwoServiceInstancesHandOutThirtyTicketsEachExactlyOnce() throws Exception {
        try (TestServer server = TestServer.start()) {
            LuukkuServer second = server.startSecondInstance();
            try {
                Api one = new Api(server.baseUrl());
                Api two = new Api(second.baseUrl());
                Set<String> issued = new HashSet<>();
                for (int i = 0; i < 30; i++) {
                    issued.add(one.issue("mikkeli", "mikkeli-neuvonta-yleis")
                            .get("id")
                            .asText());
                }
                List<String> tokens = List.of(
                        one.login("advisor1"), one.login("advisor2"), one.login("advisor3"), one.login("advisor4"));
                String[] desks = {"mikkeli-1", "mikkeli-2"};
                int clients = 50;
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<String>>> results = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    Api api = c % 2 == 0 ? one : two;
                    String token = tokens.get(c % tokens.size());
                    String desk = desks[c % desks.length];
                    results.add(pool.submit(() -> {
                        go.await();
                        List<String> got = new ArrayList<>();
                        while (true) {
                            Api.Resp r = api.post("/api/v1/points/mikkeli/desks/" + desk + "/call-next", token, null);
                            if (r.status() == 204) {
                                return got;
                            }
                            if (r.status() != 200) {
                                throw new AssertionError("call-next answered " + r);
                            }
                            got.add(r.json().get("id").asText());
                        }
                    }));
                }
                go.countDown();
                List<String> all = Collections.synchronizedList(new ArrayList<>());
                for (Future<List<String>> f : results) {
                    all.addAll(f.get());
                }
                pool.shutdown();
                assertThat(all).hasSize(30).doesNotHaveDuplicates();
                assertThat(new HashSet<>(all)).isEqualTo(issued);
                assertThat(one.get("/api/v1/points/mikkeli/tickets", tokens.get(0))
                                .json())
                        .allSatisfy(t -> assertThat(t.get("status").asText()).isEqualTo("CALLED"));
            } finally {
                second.stop();
            }
        }
    }
}
