package org.gongwen.drafting.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gongwen.drafting.attachments.*}: bytes per file and per draft. The multipart reader's own per-part
 * limit ({@code spring.webflux.multipart.max-disk-usage-per-part}) is set from max-file-size in application.yml,
 * so a larger part stops being read at the limit and the answer is this service's 413.
 */
@ConfigurationProperties("gongwen.drafting.attachments")
public record AttachmentProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("100MB") DataSize maxDraftSize) {
}
