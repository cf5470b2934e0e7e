package io.github.sfperm.maven;

import io.github.sfperm.common.Printable;
import org.apache.maven.plugin.logging.Log;

/**
 * The build log of every sfperm goal: each message made one printable, bounded line ({@link Printable#oneLine}) before
 * Maven prints it, so that nothing a pull request wrote (a member or file name with a line break, a terminal escape)
 * can forge a log line or a GitHub workflow command. Stack traces are passed on untouched.
 */
final class PrintableLog implements Log {

    private final Log log;

    private PrintableLog(Log log) {
        this.log = log;
    }

    static Log of(Log log) {
        return log instanceof PrintableLog ? log : new PrintableLog(log);
    }

    private static String line(CharSequence content) {
        return content == null ? null : Printable.oneLine(content.toString());
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(line(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(line(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(line(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(line(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(line(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(line(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(line(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(line(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
