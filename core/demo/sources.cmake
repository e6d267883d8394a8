# The demo data generator (core/demo) and its bulk writer (core/storage/DemoWriter).
target_sources(baton_core PRIVATE
  demo/DemoAgreement.cpp demo/DemoAgreement.h
  demo/DemoRouting.cpp demo/DemoRouting.h
  demo/DemoSla.cpp demo/DemoSla.h
  demo/DemoCampaigns.cpp demo/DemoCampaigns.h
  demo/DemoCompanyPool.cpp demo/DemoCompanyPool.h
  demo/DemoContactMaker.cpp demo/DemoContactMaker.h
  demo/DemoContent.cpp demo/DemoContent.h
  demo/DemoContext.cpp demo/DemoContext.h
  demo/DemoDates.h
  demo/DemoEngagement.cpp demo/DemoEngagement.h
  demo/DemoHandoffs.cpp demo/DemoHandoffs.h
  demo/DemoFirms.cpp demo/DemoFirms.h
  demo/DemoGenerator.cpp demo/DemoGenerator.h
  demo/DemoJourney.cpp demo/DemoJourney.h
  demo/DemoLeadBuilder.cpp demo/DemoLeadBuilder.h
  demo/DemoLeadRecord.h
  demo/DemoOutcomes.cpp demo/DemoOutcomes.h
  demo/DemoPeople.cpp demo/DemoPeople.h
  demo/DemoProducer.cpp demo/DemoProducer.h
  demo/DemoRandom.cpp demo/DemoRandom.h
  demo/DemoReasons.cpp demo/DemoReasons.h
  demo/DemoReviewNotes.cpp demo/DemoReviewNotes.h
  demo/DemoReviews.cpp demo/DemoReviews.h
  demo/DemoRegion.h
  demo/DemoSalesNotes.cpp demo/DemoSalesNotes.h
  demo/DemoSalesWork.cpp demo/DemoSalesWork.h
  demo/DemoSpread.h
  demo/DemoStaff.h
  demo/DemoTeam.cpp demo/DemoTeam.h
  demo/DemoWeights.cpp demo/DemoWeights.h
  storage/DemoWriter.cpp storage/DemoWriter.h
)
# DemoProducer builds leads on a second thread.
find_package(Threads REQUIRED)
target_link_libraries(baton_core PRIVATE Threads::Threads)
