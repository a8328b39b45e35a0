package dev.retort.bench;

/** The runs of one thing measured in fresh JVMs: the call's time, the process's time, peak heap and peak RSS. */
final class Measured {

    final Samples callMs = new Samples();
    final Samples wallMs = new Samples();
    final Samples heapMb = new Samples();
    final Samples rssMb = new Samples();

    void add(Child.Result result) {
        callMs.add(result.callMillis());
        wallMs.add(result.wallMillis());
        heapMb.add(result.heapPeakMb());
        rssMb.add(result.rssMb());
    }
}
