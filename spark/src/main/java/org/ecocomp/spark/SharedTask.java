package org.ecocomp.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.ecocomp.sweep.SweepExecutor.PointTask;

/**
 * A point task sent once to each executor (a Spark broadcast) rather than with every chunk: a
 * scenario task carries its files. The task travels as Java-serialised bytes, so whatever
 * {@code spark.serializer} the cluster uses (Kryo cannot rebuild records) only has to carry a byte
 * array, and each executor JVM rebuilds the task once per sweep.
 *
 * @param key names this sweep's task among those an executor JVM has seen (broadcast ids restart
 *            with every Spark context)
 * @param bytes the task, Java-serialised
 */
record SharedTask(String key, Broadcast<byte[]> bytes) implements Serializable {

    /** Per executor JVM: the task last rebuilt, by key. One sweep runs at a time per context. */
    private static final AtomicReference<Map.Entry<String, PointTask>> LAST = new AtomicReference<>();

    /**
     * Broadcasts a task.
     *
     * @param context the Spark context
     * @param task a {@link Serializable} task
     * @return the shared task
     */
    static SharedTask of(JavaSparkContext context, PointTask task) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(task);
        } catch (IOException e) {
            throw new IllegalArgumentException("the point task cannot be serialised: " + e.getMessage(), e);
        }
        return new SharedTask(UUID.randomUUID().toString(), context.broadcast(out.toByteArray()));
    }

    /** The task, rebuilt once per executor JVM. */
    PointTask task() {
        Map.Entry<String, PointTask> last = LAST.get();
        if (last != null && last.getKey().equals(key)) {
            return last.getValue();
        }
        PointTask task = read(bytes.value());
        LAST.set(Map.entry(key, task));
        return task;
    }

    /** Frees the bytes on the executors. */
    void destroy() {
        bytes.destroy();
    }

    private static PointTask read(byte[] bytes) {
        try (ObjectInputStream in = new ContextObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (PointTask) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("the point task cannot be rebuilt on this executor", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the point task's class is not on this executor's class path: " + e.getMessage(), e);
        }
    }

    /** Resolves classes through the thread's context class loader, where Spark puts the application's jar. */
    private static final class ContextObjectInputStream extends ObjectInputStream {
        ContextObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                return super.resolveClass(desc);
            }
            try {
                return Class.forName(desc.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
