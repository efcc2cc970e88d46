package com.ccvglobe.bridge.ops.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** Collects every log record of the running app (JBoss Log Manager is JUL-based) while open. */
final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    LogCapture() {
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    /** Each record as one text: level, logger, formatted message and the thrown exception's message. */
    List<String> lines() {
        return records.stream().map(LogCapture::text).toList();
    }

    List<String> errors() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogCapture::text).toList();
    }

    private static String text(LogRecord r) {
        String message = r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage();
        return r.getLevel() + " " + r.getLoggerName() + " " + message + (r.getThrown() == null ? "" : " " + r.getThrown());
    }

    @Override
    public void flush() {
        // records are kept in memory
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
