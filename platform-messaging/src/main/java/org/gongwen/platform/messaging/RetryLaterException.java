package org.gongwen.platform.messaging;

/**
 * Thrown by an {@link EventHandler} when something it depends on is away (another service, a file store):
 * the message is not at fault, so it is retried with backoff for as long as it takes, never dead-lettered.
 */
public class RetryLaterException extends RuntimeException {

    public RetryLaterException(String message, Throwable cause) {
        super(message, cause);
    }
}
