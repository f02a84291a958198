// The endpoint sits beside this page's folder, whatever the context path.
const endpoint = new URL('../graphql', document.currentScript.src).toString();

const welcome = `# Grassroots GraphQL. Open "Docs" (top left) for every type and field.
#
# Staff: run signIn, then add the token under "Headers":
#   { "Authorization": "Bearer <token>" }

query LatestCases {
  cases(first: 5, orderBy: { field: RAISED_ON, direction: DESC },
        filter: { regionKey: "jm-pengjiang" }) {
    totalCount
    edges { cursor node { id key title place kind status raisedOn } }
    pageInfo { hasNextPage endCursor }
  }
}

query StationPage {
  node(id: "U3RhdGlvbjpzdC1wZW5namlhbmctaGV0YW5nLWNlbnRlcg") {
    ... on Station {
      name kind
      representatives(first: 10) { totalCount edges { node { name levels
        cases(first: 3, orderBy: { field: RAISED_ON, direction: DESC }) {
          edges { node { title status } } } } } }
    }
  }
}

query Dashboard {
  caseStatistics(filter: { regionKey: "jm" }) {
    total fundingYuan beneficiaries byStatus { key count } byDistrict { label count }
  }
  consultationStatistics(groupBy: CONTACT_POINT) { label opinionsSubmitted adoptionRate }
}

query Search {
  searchArticles(query: "路灯", first: 5) {
    totalCount
    hits { article { title slug publishedAt } highlights { field fragments } }
  }
}

mutation SignIn {
  signIn(input: { username: "admin", password: "" }) { token expiresAt roles }
}

mutation Publish {
  publishCase(input: { caseId: "Q2FzZTpwZW5namlhbmctbmFuY3VuLXNvbGFyLXN0cmVldC1saWdodHM" }) {
    article { id slug title }
  }
}
`;

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: endpoint }),
    defaultQuery: welcome,
    headerEditorEnabled: true,
    shouldPersistHeaders: true,
  }),
);
