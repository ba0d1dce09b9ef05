package dev.motcua.examples.cli;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Maps items on several threads while reading and writing on the calling one, in input order: at most a
 * window of items is in flight, so memory is bounded by the window times the largest item, not by the input.
 * The library never starts a thread (DESIGN §1); the command line does, here.
 */
final class OrderedParallel {
  // Enough items in flight to keep every thread busy while the reader is slower on one item.
  private static final int WINDOW_PER_THREAD = 16;

  private OrderedParallel() {}

  /**
   * Reads items until {@code source} returns null, maps each, and hands the results to {@code sink} in the
   * order read.
   *
   * @param threads 1 to map on the calling thread
   */
  static <T, R> void run(Supplier<@Nullable T> source, Function<T, R> map, Consumer<R> sink, int threads) {
    if (threads <= 1) {
      for (T item = source.get(); item != null; item = source.get()) {
        sink.accept(map.apply(item));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "motcua-validate");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
      int window = threads * WINDOW_PER_THREAD;
      for (T item = source.get(); item != null; item = source.get()) {
        T it = item;
        inFlight.add(pool.submit(() -> map.apply(it)));
        if (inFlight.size() >= window) {
          sink.accept(result(inFlight.remove()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(result(inFlight.remove()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R result(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while validating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
