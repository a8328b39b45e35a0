package dev.retort;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SQLite's migration lock: an operating-system lock on a file next to the database ({@code app.db.retort-lock}), taken
 * with {@link FileChannel#tryLock}, plus a lock inside this JVM for its threads.
 *
 * <p>Why a file lock: SQLite's own locks last one transaction, but a command commits after each revision; a lock row in
 * a table stays behind when the process dies (Liquibase's failure). The operating system drops a file lock the moment
 * its process ends, killed or not. Java holds file locks for the whole JVM (a second channel of the same JVM gets an
 * {@link OverlappingFileLockException}, and closing any channel of the file may drop the JVM's lock on it), so threads
 * of one JVM first take {@link #IN_THIS_JVM}, and only the thread holding it opens the file. The holder writes its
 * process id, host and thread into the file, which is what a waiting process reports; the byte range locked lies past
 * that text, so reading it never needs the lock (on Windows, locks keep other processes from reading a locked range).
 */
final class SqliteFileLock implements MigrationLock {

    static final String SUFFIX = ".retort-lock";

    /** The locked byte; the holder's description is written before it. */
    private static final long LOCKED_BYTE = 4096;

    private static final Map<Path, JvmLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    /** The lock of the threads of this JVM on one database, and who holds it. */
    private static final class JvmLock {
        final ReentrantLock lock = new ReentrantLock();
        volatile String holder = "";
    }

    private final JvmLock jvmLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private SqliteFileLock(JvmLock jvmLock, FileChannel channel, FileLock fileLock) {
        this.jvmLock = jvmLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    static MigrationLock acquire(Connection connection, Duration timeout, MigrationListener listener)
            throws SQLException {
        String database = mainDatabaseFile(connection);
        if (database.isEmpty()) {
            // An in-memory or temporary database belongs to this one connection: nobody else can migrate it.
            return () -> {};
        }
        Path lockFile = Path.of(database + SUFFIX).toAbsolutePath().normalize();
        JvmLock jvmLock = IN_THIS_JVM.computeIfAbsent(lockFile, path -> new JvmLock());
        if (jvmLock.lock.isHeldByCurrentThread()) {
            throw new RetortException("this thread already holds the migration lock of " + database
                    + "; a command cannot run inside another");
        }
        // A lock nobody holds is taken at once; the waiting machinery is set up only for one that is held.
        LockWait wait = null;
        if (!jvmLock.lock.tryLock()) {
            LockWait jvmWait = new LockWait(timeout, "the migration lock of " + database, listener);
            wait = jvmWait;
            Waiting.run(() -> jvmWait.await(millis -> jvmLock.lock.tryLock(millis, TimeUnit.MILLISECONDS),
                    () -> jvmLock.holder));
        }
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                FileLock[] held = {tryLock(channel)};
                if (held[0] == null) {
                    LockWait fileWait = wait != null ? wait
                            : new LockWait(timeout, "the migration lock of " + database, listener);
                    Waiting.run(() -> fileWait.await(LockWait.polling(() -> (held[0] = tryLock(channel)) != null),
                            () -> readHolder(channel)));
                }
                String holder = "process " + ProcessHandle.current().pid() + " on " + Host.name() + " (thread "
                        + Thread.currentThread().getName() + "), since " + Instant.now();
                writeHolder(channel, holder);
                jvmLock.holder = holder;
                return new SqliteFileLock(jvmLock, channel, held[0]);
            } catch (IOException | SQLException | RuntimeException e) {
                closeQuietly(channel, e);
                throw e;
            }
        } catch (IOException e) {
            jvmLock.lock.unlock();
            throw new RetortException("cannot take the migration lock of " + database + " through the file "
                    + lockFile + ": " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            jvmLock.lock.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            fileLock.release();
            channel.close();
        } catch (IOException e) {
            throw new SQLException("could not release the migration lock file: " + e.getMessage(), e);
        } finally {
            jvmLock.holder = "";
            jvmLock.lock.unlock();
        }
    }

    /** The file of the connection's main database; empty for an in-memory or temporary one. */
    private static String mainDatabaseFile(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
            String file = row.next() ? row.getString(1) : null;
            return file == null ? "" : file;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (OverlappingFileLockException e) {
            // Another copy of Retort in this JVM (another class loader) holds it: wait as for another process.
            return null;
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) LOCKED_BYTE);
        int read = channel.read(buffer, 0);
        String text = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "another process" : text;
    }

    private static void writeHolder(FileChannel channel, String holder) throws IOException {
        byte[] bytes = (holder + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(bytes, 0, (int) Math.min(bytes.length, LOCKED_BYTE)), 0);
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        try {
            channel.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
