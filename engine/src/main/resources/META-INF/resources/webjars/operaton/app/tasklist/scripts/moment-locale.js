// Tasklist's relative dates ("3 天后", "几秒前") in the language of its labels.
//
// Tasklist defines moment's locale from locales/<lang>.json (dateLocales) only when that file has
// arrived, and does not tell angular-moment: an am-time-ago that rendered before (a task opened
// straight from its link with the session kept) stayed in English ("in 3 days") until its next
// refresh. Once the labels are loaded, and whenever the language changes, angular-moment is told the
// language, which sets moment's locale and re-renders every relative date on the page.
//
// Loaded by config.js (customScripts) before Tasklist starts; adds a run block to the module Tasklist
// reserves for custom code. It defines no plugin.
window.angular.module('cam.tasklist.custom').run([
  '$rootScope',
  '$translate',
  'amMoment',
  function ($rootScope, $translate, amMoment) {
    function followLabels() {
      var language = $translate.use();
      if (language) amMoment.changeLocale(language);
    }
    $translate.onReady(followLabels);
    $rootScope.$on('$translateChangeSuccess', followLabels);
  }
]);

export default [];
