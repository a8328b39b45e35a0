package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link MigratingProcess} in a JVM of its own, on the test class path; its stderr goes to a file in target/. */
final class OtherJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final PrintStream in;

    private OtherJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Starts it and waits until it says it is ready. */
    static OtherJvm start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                MigratingProcess.class.getName()));
        command.addAll(List.of(arguments));
        File log = Path.of("target", "other-jvm.log").toFile();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log)).start();
        OtherJvm jvm = new OtherJvm(process);
        assertEquals("ready", jvm.readLine(), "see " + log.getAbsolutePath());
        return jvm;
    }

    void send(String line) {
        in.println(line);
    }

    String readLine() throws IOException {
        return out.readLine();
    }

    /** SIGKILL on Linux: the process gets no chance to clean up. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            in.println("exit");
            in.close();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
            }
        }
    }
}
