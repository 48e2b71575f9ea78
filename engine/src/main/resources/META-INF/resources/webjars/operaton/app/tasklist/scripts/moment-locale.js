// Tasklist's relative dates ("3 天后", "几秒前") in the language of its labels.
//
// Tasklist's locale loader gives moment each locale file's dateLocales as the file arrives, with
// moment.defineLocale / moment.updateLocale, and both also make that locale moment's global one. The
// labels' language (zh) and the fallback (en) are both loaded, in either order: when en arrives last,
// every relative date is English ("in a year") although the labels are Chinese. Nor is angular-moment
// told, so an am-time-ago rendered earlier keeps the language it was drawn in.
// So after every locale file has loaded, and whenever the language changes, angular-moment is told the
// labels' language: that sets moment's global locale back and re-renders every relative date.
//
// Loaded by config.js (customScripts) before Tasklist starts; adds a run block to the module Tasklist
// reserves for custom code. It defines no plugin.
window.angular.module('cam.tasklist.custom').run([
  '$rootScope',
  '$translate',
  'amMoment',
  function ($rootScope, $translate, amMoment) {
    function followLabels() {
      var language = $translate.use() || $translate.proposedLanguage();
      if (language) amMoment.changeLocale(language);
    }
    $translate.onReady(followLabels);
    $rootScope.$on('$translateChangeSuccess', followLabels);
    $rootScope.$on('$translateLoadingSuccess', followLabels);
  }
]);
