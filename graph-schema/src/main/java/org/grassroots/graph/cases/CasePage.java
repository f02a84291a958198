package org.grassroots.graph.cases;

import java.util.List;

/**
 * One page of cases in id order.
 *
 * @param cases the cases on this page
 * @param hasNext whether cases follow the last one
 */
public record CasePage(List<Case> cases, boolean hasNext) {
}
