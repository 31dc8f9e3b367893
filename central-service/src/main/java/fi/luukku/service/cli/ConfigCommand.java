package fi.luukku.service.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.luukku.core.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./luukku config export|diff|apply}: a thin client of the running service's
 * {@code /api/v1/admin/config…} routes; the diff and apply logic live in the service.
 */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        subcommands = {ConfigCommand.Export.class, ConfigCommand.Diff.class, ConfigCommand.Apply.class},
        description = "the network's configuration as one YAML (or JSON) file")
final class ConfigCommand {
    static final ObjectMapper JSON = JsonMapper.create();

    /** Where the service is and who signs in. */
    static final class Connection {
        @Option(names = "--server", required = true, description = "the service's base URL, e.g. http://host:8080")
        String server;

        @Option(names = "--user", required = true, description = "an administrator (or a supervisor, for its point)")
        String user;

        @Option(names = "--password-file", required = true, description = "file whose first line is the password")
        Path passwordFile;

        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        String login() throws IOException, InterruptedException {
            String pw = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .strip();
            ObjectNode body = JSON.createObjectNode().put("username", user).put("password", pw);
            HttpResponse<String> r = send("POST", "/api/v1/auth/login", null, "application/json", body.toString());
            if (r.statusCode() != 200) {
                throw new CliFailure("sign-in refused: " + describe(r));
            }
            return JSON.readTree(r.body()).path("token").asText();
        }

        HttpResponse<String> send(String method, String path, String token, String contentType, String body)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.replaceAll("/+$", "") + path))
                    .timeout(Duration.ofSeconds(120));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    static final class CliFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CliFailure(String message) {
            super(message);
        }
    }

    static String describe(HttpResponse<String> r) {
        try {
            JsonNode p = JSON.readTree(r.body());
            String field = p.path("field").asText("");
            return r.statusCode() + " " + p.path("title").asText("") + (field.isEmpty() ? "" : " at " + field) + ": "
                    + p.path("detail").asText("");
        } catch (IOException e) {
            return r.statusCode() + " " + r.body();
        }
    }

    abstract static class Base implements Callable<Integer> {
        @Mixin
        Connection conn;

        abstract int work(String token) throws IOException, InterruptedException;

        @Override
        public Integer call() {
            try {
                return work(conn.login());
            } catch (CliFailure e) {
                System.err.println("luukku config: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                System.err.println("luukku config: " + conn.server + " could not be reached: " + e.getMessage());
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "print the configuration as YAML")
    static final class Export extends Base {
        @Option(names = "--point", description = "only this service point")
        String point;

        @Option(names = "--out", description = "write to this file instead of the standard output")
        Path out;

        @Override
        int work(String token) throws IOException, InterruptedException {
            String q = point == null ? "" : "?point=" + URLEncoder.encode(point, StandardCharsets.UTF_8);
            HttpResponse<String> r = conn.send(
                    "GET", "/api/v1/admin/config" + q + (q.isEmpty() ? "?" : "&") + "format=yaml", token, null, null);
            if (r.statusCode() != 200) {
                throw new CliFailure(describe(r));
            }
            if (out != null) {
                Files.writeString(out, r.body(), StandardCharsets.UTF_8);
            } else {
                System.out.print(r.body());
            }
            return 0;
        }
    }

    abstract static class WithFile extends Base {
        @Parameters(index = "0", description = "the configuration file (.yaml, .yml or .json)")
        Path file;

        HttpResponse<String> post(String action, String token) throws IOException, InterruptedException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String type = file.toString().endsWith(".json") ? "application/json" : "application/yaml";
            return conn.send("POST", "/api/v1/admin/config/" + action, token, type, text);
        }

        static void printChanges(JsonNode answer) {
            JsonNode changes = answer.path("changes");
            for (JsonNode c : changes) {
                System.out.println(c.path("op").asText() + " " + c.path("kind").asText() + " "
                        + c.path("id").asText() + fields(c.path("fields")));
            }
            System.out.println(changes.size() + " change(s)");
        }

        private static String fields(JsonNode f) {
            if (f == null || f.isMissingNode() || f.isEmpty()) {
                return "";
            }
            StringBuilder b = new StringBuilder();
            f.fields().forEachRemaining(e -> b.append("\n    ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue().path("before"))
                    .append(" -> ")
                    .append(e.getValue().path("after")));
            return b.toString();
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = "show what apply would change")
    static final class Diff extends WithFile {
        @Override
        int work(String token) throws IOException, InterruptedException {
            HttpResponse<String> r = post("diff", token);
            if (r.statusCode() != 200) {
                throw new CliFailure(describe(r));
            }
            printChanges(JSON.readTree(r.body()));
            return 0;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true, description = "apply the file (all or nothing)")
    static final class Apply extends WithFile {
        @Override
        int work(String token) throws IOException, InterruptedException {
            HttpResponse<String> r = post("apply", token);
            if (r.statusCode() != 200) {
                throw new CliFailure(describe(r));
            }
            printChanges(JSON.readTree(r.body()));
            return 0;
        }
    }
}
