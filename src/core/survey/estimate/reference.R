# Expected numbers for the estimator's tests, computed with R's survey package (CI has no R: the tests
# read reference.expected.json, which this script writes).
#
#   LC_ALL=C Rscript src/core/survey/estimate/reference.R ../shared/data \
#     src/core/survey/estimate/fixtures src/core/survey/estimate/reference.expected.json
#
# Domains follow svyby (the design subset to each value, sorted), missing values na.rm=TRUE, factor
# levels in C-locale order, designs with nest=TRUE. fixtures/two-stage.csv comes from
# bench/survey-generate.ts (FIXTURE_SHAPE, seed 7).
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
shared <- args[1]; fixtures <- args[2]; out <- args[3]

read <- function(source) {
  parts <- strsplit(source, ":", fixed = TRUE)[[1]]
  dir <- if (parts[1] == "shared") shared else fixtures
  read.csv(file.path(dir, parts[2]), na.strings = c("NA", ""), check.names = FALSE, stringsAsFactors = FALSE)
}

json <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (!is.null(names(x))) {
      return(paste0("{", paste0('"', names(x), '":', vapply(x, json, ""), collapse = ","), "}"))
    }
    return(paste0("[", paste0(vapply(x, json, ""), collapse = ","), "]"))
  }
  if (length(x) != 1) return(json(as.list(x)))
  if (is.na(x)) return("null")
  if (is.character(x)) return(paste0('"', gsub('"', '\\"', x, fixed = TRUE), '"'))
  if (is.logical(x)) return(if (x) "true" else "false")
  sprintf("%.17g", x)
}

f <- function(vars) if (length(vars) == 0) ~1 else as.formula(paste("~", paste0("`", vars, "`", collapse = "+")))

make_design <- function(data, d) {
  svydesign(
    ids = f(unlist(d$ids)), strata = if (is.null(d$strata)) NULL else f(d$strata),
    weights = if (is.null(d$weights)) NULL else f(d$weights),
    fpc = if (is.null(d$fpc)) NULL else f(unlist(d$fpc)), data = data, nest = TRUE
  )
}

one <- function(design, e, domain) {
  v <- design$variables[[e$variable]]
  rows <- list()
  row <- function(category, est, se, deff) {
    list(stat = e$stat, variable = e$variable, category = category, domain = domain,
         estimate = unname(est), se = unname(se), deff = unname(deff))
  }
  if (e$stat == "mean" || e$stat == "total") {
    fun <- if (e$stat == "mean") svymean else svytotal
    s <- fun(f(e$variable), design, na.rm = TRUE, deff = TRUE)
    return(list(row(NULL, coef(s), SE(s), deff(s))))
  }
  if (e$stat == "ratio") {
    s <- svyratio(f(e$variable), f(e$denominator), design, na.rm = TRUE, deff = TRUE)
    return(list(row(NULL, coef(s), SE(s), attr(s, "deff"))))
  }
  all <- design$variables[[e$variable]]
  levels <- sort(unique(all[!is.na(all)]), method = "radix")
  design <- update(design, .category = factor(all, levels = levels))
  s <- svymean(~.category, design, na.rm = TRUE, deff = TRUE)
  lapply(seq_along(levels), function(k) row(as.character(levels[k]), coef(s)[k], SE(s)[k], deff(s)[k]))
}

run <- function(case) {
  data <- read(case$data)
  options(survey.lonely.psu = if (is.null(case$design$lonelyPsu)) "fail" else case$design$lonelyPsu)
  design <- make_design(data, case$design)
  expected <- tryCatch({
    unlist(lapply(case$estimates, function(e) {
      if (is.null(e$by)) return(one(design, e, NULL))
      by <- data[[e$by]]
      unlist(lapply(sort(unique(by[!is.na(by)]), method = "radix"), function(level) {
        one(subset(design, design$variables[[e$by]] == level), e, paste0(e$by, "=", level))
      }), recursive = FALSE)
    }), recursive = FALSE)
  }, error = function(err) structure(conditionMessage(err), class = "failed"))
  if (inherits(expected, "failed")) c(case, list(error = unclass(expected))) else c(case, list(expected = expected))
}

E <- function(stat, variable, by = NULL, denominator = NULL) {
  Filter(Negate(is.null), list(stat = stat, variable = variable, denominator = denominator, by = by))
}
D <- function(ids = list(), strata = NULL, weights = NULL, fpc = NULL, lonelyPsu = NULL) {
  list(ids = ids, strata = strata, weights = weights, fpc = fpc, lonelyPsu = lonelyPsu)
}
api_estimates <- list(
  E("mean", "api00"), E("total", "enroll"), E("proportion", "awards"), E("ratio", "api00", denominator = "api99"),
  E("mean", "acs.k3"), E("mean", "api00", by = "comp.imp"), E("total", "enroll", by = "comp.imp"),
  E("proportion", "stype", by = "awards"), E("ratio", "api00", by = "sch.wide", denominator = "api99")
)
survey_estimates <- list(
  E("mean", "income"), E("total", "income"), E("proportion", "trust"), E("proportion", "safe"),
  E("ratio", "income", denominator = "spend"), E("mean", "income", by = "age"), E("proportion", "safe", by = "sex"),
  E("ratio", "income", by = "sex", denominator = "spend"), E("total", "spend", by = "age")
)
lonely <- function(rule) {
  list(name = paste0("lonely PSU: ", rule), data = "fixture:two-stage.csv",
       design = D(ids = list("village"), strata = "zone", weights = "pw", lonelyPsu = rule),
       estimates = list(E("mean", "income"), E("total", "spend"), E("proportion", "safe", by = "sex")))
}
cases <- list(
  list(name = "stratified (apistrat)", data = "shared:apistrat.csv",
       design = D(strata = "stype", weights = "pw", fpc = "fpc"), estimates = api_estimates),
  list(name = "one-stage cluster (apiclus1)", data = "shared:apiclus1.csv",
       design = D(ids = list("dnum"), weights = "pw", fpc = "fpc"), estimates = api_estimates),
  list(name = "one-stage cluster with replacement (apiclus1, no fpc)", data = "shared:apiclus1.csv",
       design = D(ids = list("dnum"), weights = "pw"), estimates = api_estimates),
  list(name = "simple random sample, weights from fpc (apisrs)", data = "shared:apisrs.csv",
       design = D(fpc = "fpc"), estimates = api_estimates),
  list(name = "stratified cluster with replacement (apistrat by district)", data = "shared:apistrat.csv",
       design = D(ids = list("dnum"), strata = "stype", weights = "pw"), estimates = api_estimates),
  list(name = "stratified two-stage with fpc at both stages", data = "fixture:two-stage.csv",
       design = D(ids = list("village", "respondent"), strata = "region", weights = "pw", fpc = list("fpc1", "fpc2")),
       estimates = survey_estimates),
  list(name = "stratified two-stage, weights from the fpc", data = "fixture:two-stage.csv",
       design = D(ids = list("village", "respondent"), strata = "region", fpc = list("fpc1", "fpc2")),
       estimates = survey_estimates),
  list(name = "stratified two-stage without fpc (first stage only)", data = "fixture:two-stage.csv",
       design = D(ids = list("village", "respondent"), strata = "region", weights = "pw"),
       estimates = survey_estimates),
  lonely("fail"), lonely("remove"), lonely("certainty"), lonely("adjust"), lonely("average")
)
writeLines(paste0('{"cases":', json(lapply(cases, run)), "}"), out)
