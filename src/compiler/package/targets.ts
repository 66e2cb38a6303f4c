// The SCORM versions a lesson is packaged for, as data: one row per target. Everything the compiler
// needs to know that differs between versions when it makes a package lives here (the zip's name,
// the manifest template, the schema files, the manifest's string limits, the prebuilt player, the
// name the CLI accepts), so a new SCORM-like target is one row here plus one runtime adapter.

import type { ScormVersion } from '../../shared/model.js';

export interface Target {
  version: ScormVersion;
  /** What the command line's --scorm takes and what messages call it. */
  label: string;
  /** `<id><zipSuffix>` is the zip's file name. */
  zipSuffix: string;
  /** Handlebars template of imsmanifest.xml, in templates/. */
  manifestTemplate: string;
  /** Folder under templates/schemas/ holding the schema files, copied verbatim to the zip root. */
  schemaFolder: string;
  schemaFiles: readonly string[];
  /** Longest manifest title and version (code points) the version's CP schema accepts. */
  limits: { title: number; version: number };
  /** The player script scripts/compile.mjs prebuilds into lib/ for this version. */
  player: string;
  /** The other SCORM version: a package records through its API when the LMS offers only that one. */
  other: ScormVersion;
  /** The package files of the player's parts loaded only when needed (src/runtime/load-part.ts):
   *  the other version's table, for an LMS offering only its API, and the decoder of s1 suspend_data,
   *  which only packages built before s2 wrote. */
  parts: { otherTable: string; s1Decoder: string; standalone: string; timer: string };
}

export const TARGETS: Readonly<Record<ScormVersion, Target>> = {
  // SCORM 1.2 CAM 2.3.2: the four schema files of the 1.2 content package. imscp_rootv1p1p2.xsd caps
  // <title> at 200 characters and the manifest version at 20.
  '1.2': {
    version: '1.2',
    label: '1.2',
    zipSuffix: '-scorm12.zip',
    manifestTemplate: 'imsmanifest-12.xml.hbs',
    schemaFolder: 'scorm12',
    schemaFiles: ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
    limits: { title: 200, version: 20 },
    player: 'player-scorm12.js',
    other: '2004',
    parts: {
      otherTable: 'player-lms-scorm2004.js',
      s1Decoder: 'player-s1.js',
      standalone: 'player-standalone.js',
      timer: 'player-timer.js',
    },
  },
  // SCORM 2004 4th Edition CAM 3.2: CP, ADL CP/sequencing/navigation and IMS SS schemas with the
  // W3C files they import (locally, so the package validates offline). The 2004 CP dropped the caps.
  '2004': {
    version: '2004',
    label: '2004',
    zipSuffix: '-scorm2004.zip',
    manifestTemplate: 'imsmanifest-2004.xml.hbs',
    schemaFolder: 'scorm2004',
    schemaFiles: [
      'XMLSchema.dtd',
      'adlcp_v1p3.xsd',
      'adlnav_v1p3.xsd',
      'adlseq_v1p3.xsd',
      'datatypes.dtd',
      'imscp_v1p1.xsd',
      'imsss_v1p0.xsd',
      'imsss_v1p0auxresource.xsd',
      'imsss_v1p0control.xsd',
      'imsss_v1p0delivery.xsd',
      'imsss_v1p0limit.xsd',
      'imsss_v1p0objective.xsd',
      'imsss_v1p0random.xsd',
      'imsss_v1p0rollup.xsd',
      'imsss_v1p0seqrule.xsd',
      'imsss_v1p0util.xsd',
      'xml.xsd',
    ],
    limits: { title: Infinity, version: Infinity },
    player: 'player-scorm2004.js',
    other: '1.2',
    parts: {
      otherTable: 'player-lms-scorm12.js',
      s1Decoder: 'player-s1.js',
      standalone: 'player-standalone.js',
      timer: 'player-timer.js',
    },
  },
};

/** Every target, in the order the build makes them (and "both" means). Not Object.values(TARGETS):
 *  an integer-like key such as "2004" would come before "1.2". */
export const ALL_TARGETS: readonly Target[] = [TARGETS['1.2'], TARGETS['2004']];

/** The zip a lesson's package for `version` is written to. */
export function zipName(id: string, version: ScormVersion): string {
  return `${id}${TARGETS[version].zipSuffix}`;
}

/** The target a --scorm value names, or undefined. */
export function targetByLabel(label: string): Target | undefined {
  return ALL_TARGETS.find((t) => t.label === label);
}
