package org.ecocomp.cli;

import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ecocomp.simulation.ProgressListener;

/**
 * A progress bar with rate and ETA on stderr, shown only when stderr is a terminal and the user did
 * not ask for {@code --no-progress} or {@code --quiet}; otherwise it shows nothing.
 */
final class Progress implements ProgressListener, AutoCloseable {

    private final ProgressBar bar;
    private final AtomicLong shown = new AtomicLong();

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Starts a bar.
     *
     * @param task what is being done
     * @param total units in all
     * @param unit the name of a unit, e.g. "draws"
     * @param enabled whether the user wants bars at all
     * @return the bar (silent when not enabled or stderr is not a terminal)
     */
    static Progress start(String task, long total, String unit, boolean enabled) {
        if (!enabled || System.console() == null) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                .showSpeed().setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250).build());
    }

    @Override
    public void advanced(long done, long total) {
        if (bar != null && shown.getAndAccumulate(done, Math::max) < done) {
            synchronized (bar) {
                bar.stepTo(Math.max(done, bar.getCurrent()));
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
