# Reference numbers for calibrate.test.ts: R's survey package on apistrat / apiclus1 (../shared/data/survey),
# post-stratified and raked to population counts taken from apipop.
# Run: Rscript src/core/survey/calibrate/reference.R ../shared/data/survey
suppressMessages(library(survey))
dir <- commandArgs(trailingOnly = TRUE)[1]
apistrat <- read.csv(file.path(dir, "apistrat.csv"))
apiclus1 <- read.csv(file.path(dir, "apiclus1.csv"))
options(digits = 15)

pop_stype_awards <- data.frame(stype = c("E", "E", "H", "H", "M", "M"),
                               awards = c("No", "Yes", "No", "Yes", "No", "Yes"),
                               Freq = c(1111, 3310, 467, 288, 449, 569))
pop_stype <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop_awards <- data.frame(awards = c("No", "Yes"), Freq = c(2027, 4167))
pop_schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))

report <- function(name, d) {
  m <- svymean(~api00, d); t <- svytotal(~enroll, d); p <- svymean(~awards, d)
  cat(sprintf("%s weights[1:3] %.10f %.10f %.10f sum %.6f\n", name,
              weights(d)[1], weights(d)[2], weights(d)[3], sum(weights(d))))
  cat(sprintf("%s mean api00 %.10f %.10f\n", name, coef(m), SE(m)))
  cat(sprintf("%s total enroll %.6f %.6f\n", name, coef(t), SE(t)))
  cat(sprintf("%s prop awardsYes %.12f %.12f\n", name, coef(p)[2], SE(p)[2]))
}

dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)

report("strat-ps", postStratify(dstrat, ~stype + awards, pop_stype_awards))
report("strat-rake", rake(dstrat, list(~stype, ~awards, ~sch.wide), list(pop_stype, pop_awards, pop_schwide)))
report("clus1-ps", postStratify(dclus1, ~stype, pop_stype))
report("clus1-rake", rake(dclus1, list(~stype, ~sch.wide), list(pop_stype, pop_schwide)))
report("clus1-rake-tight", rake(dclus1, list(~stype, ~sch.wide), list(pop_stype, pop_schwide),
                                 control = list(maxit = 50, epsilon = 1e-6)))
