package org.gongwen.platform.messaging;

/** A message that can never be applied as it is: missing headers or a payload that is not the declared type. */
public class UndecodableEventException extends RuntimeException {

    public UndecodableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
