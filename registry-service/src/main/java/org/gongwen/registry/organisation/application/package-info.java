/** Keeping the organisation review-service publishes, and answering from it (ports: the replica). */
@NullMarked
package org.gongwen.registry.organisation.application;

import org.jspecify.annotations.NullMarked;
