package org.gongwen.events;

/** One attachment listed in the 附件说明; later versions add the stored file's hash and size. */
public record AttachmentRef(String name) {
}
