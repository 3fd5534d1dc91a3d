/** 痕迹保留: what changed between saved versions of a draft, down to the character. Plain Java. */
package org.gongwen.drafting.trail.domain;
