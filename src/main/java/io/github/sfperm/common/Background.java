package io.github.sfperm.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a thread of its own (a daemon: it never holds up the JVM's exit) and joined later, throwing what the
 * work threw as if it had run on the joining thread: so that a check spreads over the cores a machine has without
 * changing what it reports.
 *
 * @param <T> what the work returns
 */
public final class Background<T> {

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} now, on a new thread called {@code threadName}. */
    public static <T> Background<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /**
     * Waits for the work and returns what it returned; throws what it threw: an exception of type {@code checked}, an
     * unchecked exception or an error as it is, anything else wrapped in an {@link IllegalStateException}.
     */
    public <E extends Exception> T join(Class<E> checked) throws E {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + checked.getSimpleName(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (checked.isInstance(cause)) {
                throw checked.cast(cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A function that may throw a checked exception of type {@code E}. */
    @FunctionalInterface
    public interface Work<T, R, E extends Exception> {
        R apply(T item) throws E;
    }

    /**
     * {@code work} applied to every item, the results in the order of the items: split into contiguous slices, one per
     * available core (none smaller than {@code minSlice} items), the first on this thread and each other on a thread of
     * its own. What it throws is what the first item to fail in the list's order threw, as if they had all run here
     * in turn.
     */
    public static <T, R, E extends Exception> List<R> mapInOrder(
            List<T> items, int minSlice, Class<E> checked, Work<T, R, E> work) throws E {
        int slices =
                Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items.size() / Math.max(1, minSlice)));
        int size = (items.size() + slices - 1) / Math.max(1, slices);
        List<Background<List<R>>> others = new ArrayList<>();
        for (int from = size; from < items.size(); from += size) {
            List<T> slice = items.subList(from, Math.min(items.size(), from + size));
            others.add(start("sfperm-worker", () -> apply(slice, work)));
        }
        List<R> results = apply(items.subList(0, Math.min(items.size(), size)), work);
        for (Background<List<R>> other : others) {
            results.addAll(other.join(checked));
        }
        return results;
    }

    private static <T, R, E extends Exception> List<R> apply(List<T> items, Work<T, R, E> work) throws E {
        List<R> results = new ArrayList<>(items.size());
        for (T item : items) {
            results.add(work.apply(item));
        }
        return results;
    }
}
