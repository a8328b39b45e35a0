package dev.retort.cli;

import picocli.CommandLine.Option;

/** How a command reports: for people (the default) or programs, with or without progress and stack traces. */
final class OutputOptions {

    @Option(names = "--json", description = "Write one JSON document to standard output instead of text.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Write no progress to standard error.")
    boolean quiet;

    @Option(names = "--debug", description = "On an error, write its stack trace to standard error too.")
    boolean debug;
}
