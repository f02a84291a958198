package org.grassroots.graph.law;

import org.jspecify.annotations.Nullable;

/**
 * A law, local regulation or draft that opinions and consultations concern.
 *
 * @param id business key
 * @param title e.g. 江门市城市建筑外立面管理条例
 * @param kind law, regulation or draft
 * @param scope who makes it, e.g. NATIONAL, CITY, where known
 * @param status e.g. IN_FORCE, where known
 */
public record Law(String id, String title, LawKind kind, @Nullable String scope, @Nullable String status) {
}
