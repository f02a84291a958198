package org.grassroots.bench;

/**
 * The five pages a frontend sends, as GraphQL documents: measured by the benchmark, and
 * compared both ways by the composed reads' test.
 */
public final class Pages {

	/** A station, its deputies and their latest cases. */
	public static final String STATION = """
			query StationPage($id: ID!) {
			  node(id: $id) { ... on Station { key name kind openedOn
			    representatives(first: 20) { totalCount edges { node { key name levels
			      cases(first: 5, orderBy: {field: RAISED_ON, direction: DESC}) {
			        edges { node { key title status raisedOn } } } } } } } } }""";

	/** A deputy, their stations and their latest cases with where they happened. */
	public static final String DEPUTY = """
			query DeputyPage($id: ID!) {
			  node(id: $id) { ... on Representative { key name levels profile
			    stations { key name kind }
			    cases(first: 10, orderBy: {field: RAISED_ON, direction: DESC}) { totalCount
			      edges { node { key title kind status raisedOn region { name } } } } } } }""";

	/** A village: its grids, the stations in it and its latest cases. */
	public static final String VILLAGE = """
			query VillagePage($id: ID!) {
			  node(id: $id) { ... on Region { key name kind parent { name }
			    grids(first: 20) { totalCount edges { node { key name size } } }
			    stations(first: 10) { edges { node { key name kind } } }
			    cases(first: 10, orderBy: {field: RAISED_ON, direction: DESC}) { totalCount
			      edges { node { key title status raisedOn } } } } } }""";

	/** A district's completed cases raised in a period, latest first, from a cursor. */
	public static final String CASE_LIST = """
			query CaseList($district: String!, $from: Date!, $to: Date!, $after: String) {
			  cases(first: 20, after: $after, orderBy: {field: RAISED_ON, direction: DESC},
			        filter: {regionKey: $district, statuses: [COMPLETED], raisedFrom: $from, raisedTo: $to}) {
			    totalCount pageInfo { endCursor hasNextPage }
			    edges { node { key title kind status raisedOn fundingYuan region { name } } } } }""";

	/** A district's case figures and the opinions its contact points collected. */
	public static final String DASHBOARD = """
			query Dashboard($district: String!) {
			  caseStatistics(filter: {regionKey: $district}) { total fundingYuan beneficiaries
			    byStatus { key count } byKind { key count } byMonth { key count } }
			  consultationStatistics(groupBy: CONTACT_POINT, filter: {withinKey: $district}) {
			    key label consultations opinionsSubmitted opinionsAdopted adoptionRate } }""";

	private Pages() {
	}

}
