package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the five scenarios of docs/benchmarks.md in one go and writes the page and its chart. Started by the suite's
 * pom (see {@link Config} for the settings); needs PostgreSQL, at {@code RETORT_PG_URL} or the tests' default.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Config config = Config.fromSystemProperties();
        Engine.Postgres postgres = new Engine.Postgres(config.pgUrl());
        if (!postgres.reachable()) {
            throw new IllegalStateException("PostgreSQL does not answer at " + config.pgUrl() + "; start it (or set"
                    + " RETORT_PG_URL) and run again");
        }
        Engine.Sqlite sqlite = new Engine.Sqlite(config.work().resolve("db"));
        String loadBefore = Machine.loadAverage();
        String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        long start = System.nanoTime();
        Progress.say("runs per scenario: " + config.runs() + " (no-op boots: " + config.bootRuns() + "), work in "
                + config.work());

        Classpaths classpaths = new Classpaths(config.repo());
        Path logs = config.work().resolve("logs");
        Javac javac = new Javac(logs);
        Child child = new Child(logs);

        Migrations.Layout migrations = Migrations.write(config.work().resolve("migrations"), javac,
                classpaths.app("app-retort"), classpaths.dependencies("path-retort-processor"));
        BootScenarios boot = new BootScenarios(child, classpaths, migrations);
        List<BootScenarios.Results> bootResults = new ArrayList<>();
        for (Engine engine : List.<Engine>of(sqlite, postgres)) {
            bootResults.add(boot.run(engine, config.runs(), config.bootRuns()));
        }

        String entityClasspath = Classpaths.join(List.of(
                Classpaths.jar(System.getProperty("java.class.path"), "jakarta.persistence-api"),
                classpaths.dependencies("app-retort")));
        CompileScenario.Results compile = new CompileScenario(javac, config.work().resolve("compile"),
                entityClasspath, classpaths.dependencies("path-retort-processor"),
                classpaths.dependencies("path-hibernate-processor")).run(config.runs());

        RebuildScenario.Results rebuild = new RebuildScenario(child, javac, classpaths,
                config.work().resolve("rebuild")).run(config.runs());

        Progress.say("differ under JMH: " + config.runs() + " forks per benchmark");
        DifferScenario.Results differ = new DifferScenario(logs.resolve("jmh.log")).run(config.runs());

        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        Page.Run run = new Page.Run(config, Machine.describe(), postgres.version(), sqlite.version(), loadBefore,
                Machine.loadAverage(), started, seconds, bootResults, compile, rebuild, differ);
        Files.createDirectories(config.out());
        Chart.write(config.out().resolve(Page.CHART), bootResults);
        Page.write(config.out().resolve("benchmarks.md"), Page.render(run));
        Progress.say("wrote " + config.out().resolve("benchmarks.md") + " and " + config.out().resolve(Page.CHART));
    }
}
