package fi.luukku.service.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open event streams by the credential (token hash) that opened them. A stream lives only as long as its
 * credential: {@link #check()} asks which credentials are still valid (a device not revoked, a session not logged
 * out, expired or of a disabled user) and closes the streams of the others; {@link #revoke} does it at once.
 */
public final class CredentialWatch {
    private static final Logger log = LoggerFactory.getLogger(CredentialWatch.class);

    /** Answers which of the given token hashes still stand for a valid credential. */
    @FunctionalInterface
    public interface Liveness {
        Set<String> live(Collection<String> tokenHashes);
    }

    private final Liveness liveness;
    private final Map<String, Set<SseConnection>> streams = new ConcurrentHashMap<>();

    public CredentialWatch(Liveness liveness) {
        this.liveness = liveness;
    }

    void track(String tokenHash, SseConnection conn) {
        if (tokenHash == null) {
            return;
        }
        streams.computeIfAbsent(tokenHash, k -> ConcurrentHashMap.newKeySet()).add(conn);
        conn.closedFuture().thenRun(() -> forget(tokenHash, conn));
    }

    private void forget(String tokenHash, SseConnection conn) {
        streams.computeIfPresent(tokenHash, (k, set) -> {
            set.remove(conn);
            return set.isEmpty() ? null : set;
        });
    }

    /** Closes every open stream of a credential now. */
    public void revoke(String tokenHash) {
        Set<SseConnection> set = streams.remove(tokenHash);
        if (set != null) {
            for (SseConnection c : List.copyOf(set)) {
                c.close();
            }
        }
    }

    /** Closes the streams of every credential that is no longer valid. */
    public void check() {
        if (streams.isEmpty()) {
            return;
        }
        List<String> open = List.copyOf(streams.keySet());
        Set<String> live;
        try {
            live = liveness.live(open);
        } catch (RuntimeException e) {
            log.warn("cannot check the credentials of open event streams; will retry", e);
            return;
        }
        for (String hash : open) {
            if (!live.contains(hash)) {
                revoke(hash);
            }
        }
    }

    int credentials() {
        return streams.size();
    }
}
