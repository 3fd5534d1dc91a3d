package org.gongwen.drafting.draft.application;

import org.gongwen.events.GongwenEvent;

/** Announces what happened to a draft; must be called inside the transaction of the change it announces. */
public interface DraftEvents {

    void publish(GongwenEvent event);
}
