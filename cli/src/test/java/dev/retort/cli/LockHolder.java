package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.StepProgress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Another instance in the middle of an upgrade: a thread of this JVM that holds the database's migration lock (it is
 * running the first revision) until closed.
 */
final class LockHolder implements AutoCloseable {

    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> upgrade = new CompletableFuture<>();

    private LockHolder(String url) throws InterruptedException {
        Retort retort = Retort.at(url).withListener(new MigrationListener() {
            @Override
            public void stepStarted(StepProgress progress) {
                running.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Thread thread = new Thread(() -> {
            try {
                retort.upgrade("head");
                upgrade.complete(null);
            } catch (RuntimeException e) {
                upgrade.completeExceptionally(e);
            } finally {
                running.countDown();
            }
        }, "lock-holder");
        thread.start();
        running.await(30, TimeUnit.SECONDS);
    }

    static LockHolder holding(String url) throws InterruptedException {
        return new LockHolder(url);
    }

    /** Lets the holder finish its upgrade, and waits for it. */
    @Override
    public void close() {
        release.countDown();
        try {
            upgrade.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the lock holder finished", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the lock holder's upgrade did not finish", e);
        }
    }
}
